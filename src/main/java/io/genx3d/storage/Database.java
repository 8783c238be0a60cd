package io.genx3d.storage;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's datasource. Its values are MicroProfile Config expressions, so {@code GENX3D_DB_URL} and
 * friends switch databases without rebuilding; the default is an H2 file inside the data directory.
 * {@code WRITE_DELAY=0} makes H2 write every commit at once, so a killed server loses nothing it acknowledged;
 * {@code DB_CLOSE_ON_EXIT=FALSE} keeps the database open until the server has written its last usage counts.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/genx3d",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=genx3d.db.url}",
        user = "${MPCONFIG=genx3d.db.user}",
        password = "${MPCONFIG=genx3d.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32)
@ApplicationScoped
public class Database {
}
