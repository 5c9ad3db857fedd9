package org.tongban.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.casework.Light;
import org.tongban.document.FileStore;
import org.tongban.feedback.Tickets;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/** Complaints and 12345 tickets over HTTP. */
@RestController
@RequestMapping("/api/v1")
class TicketApi {

    private final Tickets tickets;
    private final FileStore files;

    TicketApi(Tickets tickets, FileStore files) {
        this.tickets = tickets;
        this.files = files;
    }

    /** What a complainant learns: the number to follow it by and when it is due. */
    record Received(String ticketNumber, Instant dueAt) {
    }

    /** A complaint (我要吐槽 / 办不成事) from anyone, real-name when signed in unless {@code anonymous}. */
    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Received> complain(@RequestBody(required = false) Tickets.NewTicket complaint) {
        if (complaint == null) {
            throw new BusinessException(CommonError.MALFORMED_REQUEST);
        }
        return received(tickets.create(complaint, Tickets.Source.WEB, Actors.current(), List.of()));
    }

    /** The same with attachments ({@code attachments} parts, images or PDFs). */
    @PostMapping(path = "/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Received> complainWithFiles(@ModelAttribute Tickets.NewTicket complaint,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) throws IOException {
        return received(tickets.create(complaint, Tickets.Source.WEB, Actors.current(), uploads(attachments)));
    }

    private static ResponseEntity<Received> received(Tickets.Created created) {
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.ticketNumber()))
                .body(new Received(created.ticketNumber(), created.dueAt()));
    }

    static List<Tickets.Upload> uploads(List<MultipartFile> parts) throws IOException {
        List<Tickets.Upload> uploads = new ArrayList<>();
        for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
            if (!part.isEmpty()) {
                uploads.add(new Tickets.Upload(part.getOriginalFilename(), part.getContentType(), part.getBytes()));
            }
        }
        return uploads;
    }

    /** A hotline agent's ticket for a call; the answer lists likely duplicates to merge. */
    @PostMapping("/tickets")
    ResponseEntity<Tickets.Created> create(@RequestBody(required = false) Tickets.NewTicket ticket) {
        if (ticket == null) {
            throw new BusinessException(CommonError.MALFORMED_REQUEST);
        }
        Tickets.Created created = tickets.create(ticket, Tickets.Source.HOTLINE, Actors.current(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.ticketNumber())).body(created);
    }

    record TicketList(List<Tickets.TicketRow> rows, Map<Light, Long> lights) {
    }

    @GetMapping("/tickets")
    TicketList list(@RequestParam(required = false) String status) {
        List<Tickets.TicketRow> rows = tickets.list(Actors.current(),
                InputCheck.enumParameter(Tickets.Status.class, "status", status), 200);
        return new TicketList(rows, Tickets.lights(rows));
    }

    @GetMapping("/tickets/{ticketNumber}")
    Tickets.TicketView view(@PathVariable String ticketNumber) {
        return tickets.view(ticketNumber, Actors.current());
    }

    @PostMapping("/tickets/{ticketNumber}/actions")
    Tickets.TicketView act(@PathVariable String ticketNumber, @RequestBody(required = false) Tickets.TicketCommand command) {
        if (command == null) {
            throw new BusinessException(CommonError.MALFORMED_REQUEST);
        }
        return tickets.act(ticketNumber, command, Actors.current());
    }

    @GetMapping("/tickets/{ticketNumber}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String ticketNumber, @PathVariable long id) throws IOException {
        Tickets.StoredAttachment attachment = tickets.attachment(ticketNumber, id, Actors.current());
        try (InputStream in = files.open(attachment.key())) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(in.readAllBytes());
        }
    }
}
