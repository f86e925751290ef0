package org.matbank.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Cursors: the searcher snapshot a search ran on, a fingerprint of the search, and the sort
 * values of the last hit, as opaque URL-safe text.
 */
final class Cursors {

    record Cursor(long snapshot, int search, ScoreDoc after) {
    }

    private Cursors() {
    }

    static String write(long snapshot, int search, FieldDoc last) {
        List<String> parts = new ArrayList<>();
        parts.add(Long.toString(snapshot));
        parts.add(Integer.toString(search));
        parts.add(Integer.toString(last.doc));
        parts.add(Float.toString(last.score));
        for (Object v : last.fields) {
            parts.add(value(v));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor read(String cursor, int search) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (Integer.parseInt(parts[1]) != search) {
                throw new CursorException("this cursor belongs to another search; send the same filter, text and sort");
            }
            Object[] fields = new Object[parts.length - 4];
            for (int i = 4; i < parts.length; i++) {
                fields[i - 4] = parse(parts[i]);
            }
            return new Cursor(Long.parseLong(parts[0]), search,
                    new FieldDoc(Integer.parseInt(parts[2]), Float.parseFloat(parts[3]), fields));
        } catch (RuntimeException e) {
            if (e instanceof FilterException f) {
                throw f;
            }
            throw new CursorException("the cursor is damaged; start the search again without it");
        }
    }

    private static String value(Object v) {
        if (v == null) {
            return "n:";
        }
        if (v instanceof BytesRef b) {
            return "b:" + Base64.getUrlEncoder().encodeToString(BytesRef.deepCopyOf(b).bytes);
        }
        if (v instanceof Double d) {
            return "d:" + Double.doubleToRawLongBits(d);
        }
        if (v instanceof Float f) {
            return "f:" + Float.floatToRawIntBits(f);
        }
        if (v instanceof Long l) {
            return "l:" + l;
        }
        if (v instanceof Integer i) {
            return "i:" + i;
        }
        throw new IllegalStateException("unexpected sort value " + v.getClass());
    }

    private static Object parse(String p) {
        String body = p.substring(2);
        return switch (p.charAt(0)) {
            case 'n' -> null;
            case 'b' -> new BytesRef(Base64.getUrlDecoder().decode(body));
            case 'd' -> Double.longBitsToDouble(Long.parseLong(body));
            case 'f' -> Float.intBitsToFloat(Integer.parseInt(body));
            case 'l' -> Long.parseLong(body);
            case 'i' -> Integer.parseInt(body);
            default -> throw new IllegalArgumentException(p);
        };
    }
}
