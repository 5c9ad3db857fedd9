package org.tongban.casework;

/** How an application came in: online (desktop or phone), at a self-service kiosk, or at a window. */
public enum Channel {
    ONLINE, KIOSK, WINDOW
}
