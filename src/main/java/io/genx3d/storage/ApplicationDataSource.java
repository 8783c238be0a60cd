package io.genx3d.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The datasource genx3D's own JDBC work uses (migrations, the probe, usage counts): one the application server
 * provides when {@code genx3d.db.jndi-name} names it, otherwise the WAR's own ({@link Database}). JPA follows the
 * same setting through {@link ServerDataSourceCustomizer}. Made when the application starts, so every name is
 * looked up in the application's naming context (WildFly runs health checks on a management thread).
 */
@ApplicationScoped
public class ApplicationDataSource {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource ownDataSource;

    private DataSource dataSource;

    @PostConstruct
    void init() {
        dataSource = ServerDataSourceCustomizer.configuredName()
                .map(ApplicationDataSource::lookup)
                .orElse(ownDataSource);
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // creating the bean is the point
    }

    public DataSource get() {
        return dataSource;
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException | ClassCastException notThere) {
            throw new IllegalStateException(
                    "genx3d.db.jndi-name names no datasource the server provides: " + name, notThere);
        }
    }
}
