package org.tongban.feedback.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.feedback.FeedbackPublic;
import org.tongban.feedback.FeedbackRates;
import org.tongban.feedback.Ratings;
import org.tongban.feedback.Rectifications;
import org.tongban.feedback.ServiceContacts;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/** Ratings, service contacts, rectifications, the rates and the public summary over HTTP. */
@RestController
@RequestMapping("/api/v1")
class FeedbackApi {

    private final Ratings ratings;
    private final ServiceContacts contacts;
    private final Rectifications rectifications;
    private final FeedbackRates rates;
    private final FeedbackPublic summary;
    private final Clock clock;

    FeedbackApi(Ratings ratings, ServiceContacts contacts, Rectifications rectifications, FeedbackRates rates,
            FeedbackPublic summary, Clock clock) {
        this.clock = clock;
        this.ratings = ratings;
        this.contacts = contacts;
        this.rectifications = rectifications;
        this.rates = rates;
        this.summary = summary;
    }

    /** {@code 201 {"id":…}}; a second rating of the same case or contact is {@code 409}. */
    @PostMapping("/ratings")
    ResponseEntity<Map<String, Object>> rate(@RequestBody(required = false) Ratings.RatingCommand command) {
        if (command == null) {
            throw new BusinessException(CommonError.MALFORMED_REQUEST);
        }
        long id = ratings.rate(command, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/me/ratings")).body(Map.of("id", id));
    }

    @GetMapping("/me/ratings")
    List<Ratings.RatingView> mine() {
        return ratings.mine(Actors.current(), 100);
    }

    /** A window's member of staff opens a contact; the answer's token goes to the tablet facing the applicant. */
    @PostMapping("/service-contacts")
    ResponseEntity<ServiceContacts.Opened> open(@RequestBody(required = false) ContactJson body) {
        ContactJson json = body == null ? new ContactJson(null, null, null, null) : body;
        ServiceContacts.Opened opened = contacts.open(json.hallCode(), json.windowNumber(), json.topic(),
                json.applicantKind(), Actors.current());
        return ResponseEntity.created(URI.create("/rate/contact/" + opened.id())).body(opened);
    }

    record ContactJson(String hallCode, String windowNumber, String topic, String applicantKind) {
    }

    @GetMapping("/rectifications")
    List<Rectifications.RectificationRow> rectifications(@RequestParam(required = false) String status) {
        return rectifications.list(Actors.current(), InputCheck.enumParameter(Rectifications.Status.class, "status", status),
                200);
    }

    @GetMapping("/rectifications/{id}")
    Rectifications.RectificationView rectification(@PathVariable long id) {
        return rectifications.view(id, Actors.current());
    }

    @PostMapping("/rectifications/{id}/steps")
    Rectifications.RectificationView step(@PathVariable long id,
            @RequestBody(required = false) Rectifications.StepCommand command) {
        if (command == null) {
            throw new BusinessException(CommonError.MALFORMED_REQUEST);
        }
        return rectifications.act(id, command, Actors.current());
    }

    /** The six rates in the caller's scope; {@code from}/{@code to} default to the last 30 days. */
    @GetMapping("/feedback/rates")
    List<FeedbackRates.Rate> rates(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = FeedbackWeb.period(from, to, clock);
        return rates.rates(Actors.current(), period[0], period[1]);
    }

    /** Ratings and rectifications in aggregate, per department and per hall: public (评价结果公开). */
    @GetMapping("/ratings/summary")
    FeedbackPublic.Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = FeedbackWeb.period(from, to, clock);
        return summary.summary(period[0], period[1]);
    }
}
