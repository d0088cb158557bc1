package dev.quire.dsl.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as content files write them: ISO ({@code 2024-10-02}) and the original site's forms with an
 * English month name or its abbreviation ({@code 2024-Oct-2}, {@code 2024-July-29}, {@code 2021-Jul-08},
 * {@code 2024-Sept-3}), any case. Anything else, or a day the month does not have, is not a date.
 */
public final class Dates {
  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};

  /** Compiled on first use, not when the first page class loads. */
  private static final class Patterns {
    static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2}|[A-Za-z]{3,9})-(\\d{1,2})");
  }

  private Dates() {}

  /** The date {@code text} writes, or empty. */
  public static Optional<LocalDate> parse(String text) {
    Matcher matcher = Patterns.DATE.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int month = month(matcher.group(2));
    if (month == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), month, Integer.parseInt(matcher.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Why {@code text} is not a date, for messages. */
  public static Problem problem(String what, String text) {
    Matcher matcher = Patterns.DATE.matcher(text.strip());
    if (matcher.matches() && month(matcher.group(2)) != 0) {
      return Message.DATE_NO_DAY.with(what, text);
    }
    if (matcher.matches()) {
      return Message.DATE_NO_MONTH.with(what, text, matcher.group(2));
    }
    return Message.DATE_NOT_A_DATE.with(what, text);
  }

  private static int month(String text) {
    if (Character.isDigit(text.charAt(0))) {
      int month = Integer.parseInt(text);
      return month >= 1 && month <= 12 ? month : 0;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(lower) || lower.length() >= 3 && MONTHS[i].startsWith(lower)) {
        return i + 1;
      }
    }
    return 0;
  }
}
