package io.cairn.ingest.pdns;

import io.cairn.ingest.MalformedRecord;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of one COF line as the parser meets them, checked together once the line is read. */
final class CofFields {
    @Nullable
    String rrname;

    @Nullable
    String rrtype;

    @Nullable
    List<String> rdata;

    boolean rdataIsArray;

    @Nullable
    Instant timeFirst;

    @Nullable
    Instant timeLast;

    @Nullable
    Instant timeFirstMs;

    @Nullable
    Instant timeLastMs;

    @Nullable
    Instant zoneFirst;

    @Nullable
    Instant zoneLast;

    long count = 1;

    @Nullable
    String sensorId;

    @Nullable
    String bailiwick;

    /**
     * The record, seen from the earliest to the latest time of either pair: sensor times (the
     * millisecond fields refining the second ones) and zone-file times.
     */
    CofRecord toRecord() throws MalformedRecord {
        String name = require(rrname, "rrname");
        String type = require(rrtype, "rrtype");
        List<String> data = require(rdata, "rdata");
        Instant first = timeFirstMs != null ? timeFirstMs : timeFirst;
        Instant last = timeLastMs != null ? timeLastMs : timeLast;
        checkPair(first, last, "time_first", "time_last");
        checkPair(zoneFirst, zoneLast, "zone_time_first", "zone_time_last");
        if (first == null || last == null) {
            if (zoneFirst == null || zoneLast == null) {
                throw new MalformedRecord(
                        null, "missing time_first and time_last (or zone_time_first and zone_time_last)");
            }
            first = zoneFirst;
            last = zoneLast;
        } else if (zoneFirst != null && zoneLast != null) {
            first = zoneFirst.isBefore(first) ? zoneFirst : first;
            last = zoneLast.isAfter(last) ? zoneLast : last;
        }
        return new CofRecord(name, type, data, rdataIsArray, first, last, count, sensorId, bailiwick);
    }

    private static <T> T require(@Nullable T value, String field) throws MalformedRecord {
        if (value == null) {
            throw new MalformedRecord(null, "missing " + field);
        }
        return value;
    }

    private static void checkPair(@Nullable Instant first, @Nullable Instant last, String firstName, String lastName)
            throws MalformedRecord {
        if (first != null && last == null) {
            throw new MalformedRecord("$." + firstName, firstName + " without " + lastName);
        }
        if (first == null && last != null) {
            throw new MalformedRecord("$." + lastName, lastName + " without " + firstName);
        }
        if (first != null && last != null && first.isAfter(last)) {
            throw new MalformedRecord("$." + firstName, firstName + " " + first + " is after " + lastName + " " + last);
        }
    }
}
