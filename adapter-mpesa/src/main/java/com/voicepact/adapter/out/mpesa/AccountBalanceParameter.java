package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaResults.AccountBalance;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code AccountBalance} parameter of an Account Balance {@code Result}: accounts as
 * {@code name|currency|amount|...&name|currency|amount|...}; an entry with fewer than three fields or no name is
 * skipped.
 */
final class AccountBalanceParameter {

    private AccountBalanceParameter() {}

    /** @throws IllegalArgumentException naming the account whose amount is not a number */
    static List<AccountBalance> accounts(String parameter) {
        List<AccountBalance> accounts = new ArrayList<>();
        for (String account : parameter.split("&")) {
            String[] fields = account.split("\\|");
            if (fields.length >= 3 && !fields[0].isBlank()) {
                try {
                    accounts.add(new AccountBalance(
                            fields[0].strip(),
                            Money.of(
                                    DarajaWireValues.decimal("AccountBalance", fields[2].strip()),
                                    CurrencyCode.parse(fields[1]))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "AccountBalance amount of '" + fields[0].strip() + "' is not a number");
                }
            }
        }
        return List.copyOf(accounts);
    }
}
