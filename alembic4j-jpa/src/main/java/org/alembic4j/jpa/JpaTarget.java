package org.alembic4j.jpa;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;
import org.alembic4j.autogenerate.TargetSchema;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * JPA entities as an autogenerate target: the tables, columns, types, keys, indexes and
 * sequences Hibernate itself would create for them on the database being compared, read from
 * Hibernate's boot metamodel without any database connection. Immutable; build it with
 * {@link JpaTargets}.
 */
public final class JpaTarget implements TargetSchema {

    private final List<String> packages;
    private final List<Class<?>> classes;
    private final List<Path> classpath;
    private final PhysicalNamingStrategy naming;
    private final String hibernateDialect;
    private final Map<String, Object> properties;

    JpaTarget(List<String> packages, List<Class<?>> classes, List<Path> classpath, PhysicalNamingStrategy naming,
            String hibernateDialect, Map<String, Object> properties) {
        this.packages = List.copyOf(packages);
        this.classes = List.copyOf(classes);
        this.classpath = List.copyOf(classpath);
        this.naming = naming;
        this.hibernateDialect = hibernateDialect;
        this.properties = Map.copyOf(properties);
    }

    /** Also looks for entities in these directories and jars (e.g. {@code target/classes} and the dependencies). */
    public JpaTarget classpath(Path... entries) {
        List<Path> all = new ArrayList<>(classpath);
        all.addAll(List.of(entries));
        return new JpaTarget(packages, classes, all, naming, hibernateDialect, properties);
    }

    /** Hibernate's physical naming strategy (default: names as written). */
    public JpaTarget namingStrategy(PhysicalNamingStrategy strategy) {
        return new JpaTarget(packages, classes, classpath, strategy, hibernateDialect, properties);
    }

    /** snake_case table and column names, as Spring Boot names them. */
    public JpaTarget snakeCase() {
        return namingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
    }

    /** Hibernate's dialect class, instead of the one matching the compared database. */
    public JpaTarget hibernateDialect(String dialectClassName) {
        return new JpaTarget(packages, classes, classpath, naming, dialectClassName, properties);
    }

    /** Any other Hibernate setting, e.g. {@code hibernate.id.db_structure_naming_strategy}. */
    public JpaTarget property(String key, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put(key, value);
        return new JpaTarget(packages, classes, classpath, naming, hibernateDialect, all);
    }

    /**
     * The loader entity classes resolve their annotations through: the thread's context loader
     * (an application's, which holds its entities) when it sees this module, else this module's
     * own. The command line loads this module on a loader of its own, beside alembic4j's, and
     * entities loaded where {@code jakarta.persistence} is invisible would lose their annotations.
     */
    private static ClassLoader entityParentLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                if (Class.forName(JpaTarget.class.getName(), false, context) == JpaTarget.class) {
                    return context;
                }
            } catch (ClassNotFoundException | LinkageError notVisible) {
                // fall through to this module's loader
            }
        }
        return JpaTarget.class.getClassLoader();
    }

    @Override
    public SchemaSnapshot load(TargetContext context) {
        ClassLoader parent = entityParentLoader();
        ClassLoader loader = classpath.isEmpty() ? parent : new URLClassLoader(urls(), parent);
        List<Class<?>> annotated = new ArrayList<>(classes);
        if (!packages.isEmpty()) {
            annotated.addAll(EntityScanner.scan(loader, packages));
        }
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.dialect", hibernateDialect != null ? hibernateDialect
                        : HibernateDialects.forDialect(context.dialect().name()))
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .applySetting("hibernate.connection.provider_disables_autocommit", false);
        properties.forEach(settings::applySetting);
        StandardServiceRegistry registry = settings.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            annotated.forEach(sources::addAnnotatedClass);
            var builder = sources.getMetadataBuilder();
            if (naming != null) {
                builder.applyPhysicalNamingStrategy(naming);
            }
            Metadata metadata = builder.build();
            return new HibernateSchemaReader(metadata, context).read();
        } catch (RuntimeException e) {
            throw new AlembicException("Hibernate could not map the JPA entities: " + e.getMessage(), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private URL[] urls() {
        List<URL> out = new ArrayList<>();
        for (Path p : classpath) {
            try {
                out.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new AlembicException("Bad classpath entry " + p + ": " + e.getMessage(), e);
            }
        }
        return out.toArray(URL[]::new);
    }
}
