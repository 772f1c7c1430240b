package com.voicepact.bootstrap.architecture.archfixture.domain;

/** Bad: the domain touching JDBC. */
public class DomainWithSql {
    public java.sql.Connection connection;
}
