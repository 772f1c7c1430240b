package com.voicepact.domain.ussd;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.messaging.Catalog;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import java.util.ArrayList;
import java.util.List;

/** Renders screens in a language, always within 182 characters (long product names are shortened). */
final class UssdScreens {

    static final int PAGE = 3;
    private final Language language;
    private final SmsTemplates texts;

    UssdScreens(Language language) {
        this.language = language;
        this.texts = SmsTemplates.in(language);
    }

    String text(String key, Object... args) {
        return Catalog.text(language, key, args);
    }

    String con(String body) {
        return fit("CON " + body);
    }

    String end(String body) {
        return fit("END " + body);
    }

    /** Replaces the title line, e.g. by "Invalid choice.", keeping the options. */
    String withTitle(String screen, String title) {
        String body = screen.substring(4);
        int newline = body.indexOf('\n');
        return fit(screen.substring(0, 4) + title + (newline < 0 ? "" : body.substring(newline)));
    }

    String main() {
        return con(text("ussd.main"));
    }

    String list(String titleKey, List<UssdContract> contracts, int page) {
        List<String> lines = new ArrayList<>(List.of(text(titleKey)));
        if (contracts.isEmpty()) {
            lines.add(text("ussd.none"));
        }
        List<UssdContract> shown = pageOf(contracts, page);
        for (int i = 0; i < shown.size(); i++) {
            lines.add((i + 1) + ". " + shown.get(i).id().value() + " "
                    + shorten(shown.get(i).product(), 14));
        }
        if ((page + 1) * PAGE < contracts.size()) {
            lines.add(text("ussd.more"));
        }
        lines.add(text("ussd.nav"));
        return con(String.join("\n", lines));
    }

    /** "Check Payments": each contract's sums (see {@link UssdContract.Funds}), as many contracts per screen as fit. */
    String payments(List<UssdContract> contracts, int page) {
        List<List<String>> pages = paymentPages(contracts);
        List<String> lines = new ArrayList<>(List.of(text("ussd.payments")));
        if (pages.isEmpty()) {
            lines.add(text("ussd.none"));
        } else {
            lines.addAll(pages.get(Math.min(page, pages.size() - 1)));
        }
        if (page + 1 < pages.size()) {
            lines.add(text("ussd.more"));
        }
        lines.add(text("ussd.nav"));
        return con(String.join("\n", lines));
    }

    int paymentPageCount(List<UssdContract> contracts) {
        return paymentPages(contracts).size();
    }

    /** Whole contract blocks packed in order into screens, beside the title, "98. More" and the navigation. */
    private List<List<String>> paymentPages(List<UssdContract> contracts) {
        int frame = ("CON " + text("ussd.payments") + "\n" + text("ussd.more") + "\n" + text("ussd.nav")).length();
        List<List<String>> pages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int used = frame;
        for (UssdContract c : contracts) {
            String block = paymentBlock(c);
            if (!current.isEmpty() && used + 1 + block.length() > UssdStep.MAX_LENGTH) {
                pages.add(current);
                current = new ArrayList<>();
                used = frame;
            }
            current.add(block);
            used += 1 + block.length();
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    /** "2026-000001 KES 175,000", then held and owed, then what was released or refunded, if any. */
    private String paymentBlock(UssdContract c) {
        UssdContract.Funds funds = c.funds();
        List<String> lines = new ArrayList<>(List.of(
                c.id().value().substring(3) + " " + SmsTemplates.wholeAmount(c.value()),
                text("ussd.pay.held", number(funds.held())) + ", " + text("ussd.pay.owed", number(funds.owed()))));
        List<String> out = new ArrayList<>();
        if (funds.released().isPositive()) {
            out.add(text("ussd.pay.released", number(funds.released())));
        }
        if (funds.refunded().isPositive()) {
            out.add(text("ussd.pay.refunded", number(funds.refunded())));
        }
        if (!out.isEmpty()) {
            lines.add(String.join(", ", out));
        }
        return String.join("\n", lines);
    }

    /** A whole amount without its currency: "166,000". */
    private static String number(Money money) {
        String whole = SmsTemplates.wholeAmount(money);
        return whole.substring(whole.indexOf(' ') + 1);
    }

    String detail(UssdContract c, List<String> actionKeys) {
        for (int room = 24; ; room -= 2) {
            List<String> lines = new ArrayList<>(List.of(text(
                    "ussd.detail",
                    c.id().value(),
                    shorten(c.product(), room),
                    SmsTemplates.wholeAmount(c.value()),
                    texts.status(c.status()))));
            for (int i = 0; i < actionKeys.size(); i++) {
                lines.add((i + 1) + ". " + text(actionKeys.get(i)));
            }
            lines.add(text("ussd.nav"));
            String screen = "CON " + String.join("\n", lines);
            if (screen.length() <= UssdStep.MAX_LENGTH || room <= 4) {
                return fit(screen);
            }
        }
    }

    static <T> List<T> pageOf(List<T> items, int page) {
        int from = Math.min(page * PAGE, items.size());
        return items.subList(from, Math.min(from + PAGE, items.size()));
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "~";
    }

    /** A last guard: never more than 182 characters, whatever a translation or a name does. */
    private static String fit(String screen) {
        return screen.length() <= UssdStep.MAX_LENGTH ? screen : screen.substring(0, UssdStep.MAX_LENGTH);
    }
}
