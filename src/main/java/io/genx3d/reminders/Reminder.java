package io.genx3d.reminders;

import java.time.Duration;

/** The two reminders before a key expires, the day one first: a key that is due for both gets only that one. */
enum Reminder {
    DAY(Duration.ofDays(1), "remindedDayAt"),
    WEEK(Duration.ofDays(7), "remindedWeekAt");

    private final Duration before;
    private final String sentField;

    Reminder(Duration before, String sentField) {
        this.before = before;
        this.sentField = sentField;
    }

    Duration before() {
        return before;
    }

    /** The key's field that records this reminder as sent. */
    String sentField() {
        return sentField;
    }
}
