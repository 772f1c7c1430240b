package com.voicepact.adapter.out.persistence;

import java.util.Locale;

/**
 * A unique key of our schema whose violation means "someone else stored this first": its name as
 * PostgreSQL reports it ({@code <table>_pkey}, {@code <table>_<columns>_key} or the index name in
 * the migration), its table and first column (H2 reports the table and columns, not the name of a
 * primary key), and what a violation means in the user's words.
 */
record UniqueKey(String name, String table, String firstColumn, String meaning) {

    static UniqueKey primaryKey(String table, String column, String meaning) {
        return new UniqueKey(table + "_pkey", table, column, meaning);
    }

    /** True when the database's message (PostgreSQL's or H2's wording) names this key. */
    boolean isNamedIn(String databaseMessage) {
        String message = databaseMessage.toLowerCase(Locale.ROOT);
        return message.contains("\"" + name + "\"")
                || message.contains(" on public." + table + "(" + firstColumn + " ")
                || message.contains(" on public." + table + "(" + firstColumn + ")")
                || message.contains(" on public." + table + "(" + firstColumn + ",");
    }
}
