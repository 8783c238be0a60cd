package io.genx3d.storage;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's datasource. Its values are MicroProfile Config expressions, so {@code GENX3D_DB_URL} and
 * friends switch databases without rebuilding (any URL whose driver is present: H2, shipped with Payara, or
 * PostgreSQL, in the WAR); the default is an H2 file inside the data directory.
 * {@code WRITE_DELAY=0} makes H2 write every commit at once, so a killed server loses nothing it acknowledged;
 * {@code DB_CLOSE_ON_EXIT=FALSE} keeps the database open until the server has written its last usage counts.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "io.genx3d.storage.JdbcUrlDataSource",
        url = "${MPCONFIG=genx3d.db.url}",
        user = "${MPCONFIG=genx3d.db.user}",
        password = "${MPCONFIG=genx3d.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        // Payara's pool: check each connection before handing it out (JDBC 4 isValid) and drop them all at the
        // first dead one, so the server recovers by itself when the database comes back; never wait long for a
        // connection, so an outage answers 503 quickly instead of holding requests.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=3000"
        })
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/genx3d";
}
