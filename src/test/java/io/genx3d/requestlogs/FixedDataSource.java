package io.genx3d.requestlogs;

import io.genx3d.storage.ApplicationDataSource;
import javax.sql.DataSource;

/** The application's datasource outside a server: a given one (an in-memory H2, a test PostgreSQL). */
final class FixedDataSource extends ApplicationDataSource {

    private final DataSource dataSource;

    FixedDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public DataSource get() {
        return dataSource;
    }
}
