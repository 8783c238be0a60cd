package io.genx3d.organizations;

import java.io.Serializable;

/** CDI event: a project's rate limit changed; its keys' cached verifications must be read again on every node. */
public record ProjectChanged(String projectId) implements Serializable {}
