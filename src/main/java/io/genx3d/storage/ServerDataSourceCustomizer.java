package io.genx3d.storage;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Points EclipseLink at a datasource the application server provides, when {@code genx3d.db.jndi-name} names one
 * (a Payara JDBC resource such as {@code jdbc/genx3d}, a WildFly datasource such as
 * {@code java:jboss/datasources/genx3d}); persistence.xml can only name the WAR's own. Both the connections that
 * write (in the server's transactions) and those that read are switched.
 */
final class ServerDataSourceCustomizer {

    private static final String SETTING = "genx3d.db.jndi-name";

    private ServerDataSourceCustomizer() {}

    /** The JNDI name {@code genx3d.db.jndi-name} gives, if any (read here, not injected: EclipseLink has no CDI). */
    static Optional<String> configuredName() {
        return ConfigProvider.getConfig(ServerDataSourceCustomizer.class.getClassLoader())
                .getOptionalValue(SETTING, String.class)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    static void customize(Session session) {
        Optional<String> name = configuredName();
        if (name.isEmpty()) {
            return;
        }
        useServerDataSource(session.getDatasourceLogin(), name.get());
        if (session instanceof Server server) {
            ConnectionPool readPool = server.getReadConnectionPool();
            if (readPool != null && readPool.getLogin() != null) {
                useServerDataSource(readPool.getLogin(), name.get());
            }
        }
    }

    private static void useServerDataSource(Login login, String name) {
        if (login instanceof DatabaseLogin databaseLogin) {
            databaseLogin.setConnector(new JNDIConnector(name));
        }
    }
}
