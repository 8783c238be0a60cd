package io.genx3d.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that {@code mvn package} built, deployed as it ships. It is named ROOT.war because Payara Micro
 * serves that name at "/", as the runnable jar does.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive genx3d() {
        File war = new File(System.getProperty("app.war", "target/genx3d.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
