package org.tongban.region;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hall_window")
class HallWindow {

    @Id
    private Long id;
    private String number;
    private String name;
    private String kind;

    protected HallWindow() {
    }

    String number() {
        return number;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }
}
