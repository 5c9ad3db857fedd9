package org.tongban.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "hall")
class Hall {

    @Id
    private Long id;
    private String code;
    private String name;
    private String kind;
    @Column(name = "region_code")
    private String regionCode;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "opening_hours")
    private String openingHours;
    private String phone;
    @OneToMany
    @JoinColumn(name = "hall_id")
    @OrderBy("number")
    private List<HallWindow> windows = new ArrayList<>();

    protected Hall() {
    }

    HallView view() {
        return new HallView(code, name, kind, regionCode, address, latitude, longitude, openingHours, phone,
                windows.stream().map(w -> new HallView.Window(w.number(), w.name(), w.kind())).toList());
    }
}
