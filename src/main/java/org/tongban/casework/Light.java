package org.tongban.casework;

/**
 * 亮灯: green while more than two working days remain, yellow at two or fewer, red when overdue; paused
 * while the clock stands still; none once the case is finished.
 */
public enum Light {
    GREEN, YELLOW, RED, PAUSED, NONE
}
