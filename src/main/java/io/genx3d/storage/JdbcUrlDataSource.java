package io.genx3d.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class the application server pools: it opens connections with whichever JDBC driver accepts
 * {@code genx3d.db.url} (H2, which Payara ships, or PostgreSQL, which the WAR carries). A
 * {@code @DataSourceDefinition} names one class, but the database is a configuration choice, so the class must
 * not be the database's own. Drivers are found through this WAR's class loader, not {@code DriverManager}'s
 * JVM-wide registry, which an application server may have filled before the WAR was loaded.
 * Payara resolves the definition's {@code ${MPCONFIG=name}} values before handing them over; a server that passes
 * them on as written, or not at all (WildFly gives a class it does not know an empty URL), gets them from the same
 * MicroProfile Config here.
 */
public class JdbcUrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties properties = new Properties();
        String url = ConfigExpression.resolve(this.url, "genx3d.db.url");
        username = ConfigExpression.resolve(username, "genx3d.db.user");
        secret = ConfigExpression.resolve(secret, "genx3d.db.password");
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, properties);
            }
        }
        // Never echo the whole URL: it may carry a password.
        String scheme = url == null ? "none" : url.substring(0, Math.max(0, url.indexOf(':', 5)));
        throw new SQLException("No JDBC driver for database URLs starting " + scheme, "08001");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through their drivers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
