package org.alembic4j.runtime.scripts;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.Migration;
import org.alembic4j.Revision;
import org.alembic4j.op.Operations;
import org.alembic4j.runtime.MigrationContext;
import org.alembic4j.runtime.RevisionScript;

/** A revision written in Java: a {@link Migration} subclass annotated {@link Revision}. A fresh instance per run. */
final class JavaRevisionScript implements RevisionScript {

    private final Class<? extends Migration> type;

    private JavaRevisionScript(Class<? extends Migration> type) {
        this.type = type;
    }

    /**
     * The one migration class among {@code candidates} for revision {@code id}; {@code where}
     * names the file or class for error messages.
     */
    static JavaRevisionScript pick(List<Class<?>> candidates, String id, String where) {
        Class<? extends Migration> found = null;
        for (Class<?> c : candidates) {
            if (Migration.class.isAssignableFrom(c) && c.isAnnotationPresent(Revision.class)) {
                if (found != null) {
                    throw new AlembicException(where + " declares more than one @Revision migration class ("
                            + found.getName() + ", " + c.getName() + ")");
                }
                found = c.asSubclass(Migration.class);
            }
        }
        if (found == null) {
            throw new AlembicException(where + " declares no class extending org.alembic4j.Migration annotated "
                    + "@org.alembic4j.Revision");
        }
        return of(found, id, where);
    }

    static JavaRevisionScript of(Class<? extends Migration> type, String id, String where) {
        String declared = type.getAnnotation(Revision.class).id();
        if (id != null && !declared.equals(id)) {
            throw new AlembicException(where + ": class " + type.getName() + " is annotated @Revision(id = \""
                    + declared + "\") but revision " + id + " was expected");
        }
        return new JavaRevisionScript(type);
    }

    @Override
    public void run(MigrationContext context, Operations op, boolean upgrade) throws Exception {
        Migration migration = instantiate();
        migration.run(op, upgrade);
    }

    private Migration instantiate() throws Exception {
        try {
            Constructor<? extends Migration> constructor = type.getDeclaredConstructor();
            // Script classes are package-private by design; the runtime lives in another package.
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new AlembicException(type.getName() + " needs a constructor without parameters");
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
