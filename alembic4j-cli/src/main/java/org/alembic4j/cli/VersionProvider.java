package org.alembic4j.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code alembic --version}: {@code alembic <version>}, the version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"alembic " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
}
