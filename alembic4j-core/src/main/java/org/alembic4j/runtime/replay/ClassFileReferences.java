package org.alembic4j.runtime.replay;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a class file can reach outside itself, read from its constant pool: every field and method
 * it names (the only way bytecode can touch another class's code or state), the members it
 * declares and its super class. (The bootstrap methods of {@code invokedynamic} and dynamic
 * constants are named by method handles, which point at Methodref entries: they are among the
 * references too.)
 *
 * <p>Only the parts of the class file format needed for that are read (JVMS §4.1, §4.4, §4.5,
 * §4.6); attributes are skipped. A malformed file is an {@link IllegalArgumentException}.
 *
 * @param name         the class's binary name in internal form ({@code a/b/C})
 * @param superName    its super class in internal form, or null for {@code java/lang/Object}
 * @param declared     the fields and methods it declares, as {@code name + descriptor}
 * @param references   the fields and methods it names (Fieldref, Methodref, InterfaceMethodref)
 */
record ClassFileReferences(String name, String superName, Set<String> declared, List<MemberRef> references) {

    /** A field or method named by a class file, the owner in internal form. */
    record MemberRef(String owner, String name, String descriptor, boolean isField) {
    }

    private static final int CLASS_MAGIC = 0xCAFEBABE;

    static ClassFileReferences parse(byte[] bytes) {
        try {
            return new Parser(ByteBuffer.wrap(bytes)).parse();
        } catch (BufferUnderflowException | IndexOutOfBoundsException | ClassCastException e) {
            throw new IllegalArgumentException("malformed class file: " + e, e);
        }
    }

    /** One pass over the bytes; constant-pool entries are kept as the raw values the parse needs. */
    private static final class Parser {
        private final ByteBuffer in;
        private Object[] pool;
        private int[] tags;

        Parser(ByteBuffer in) {
            this.in = in;
        }

        ClassFileReferences parse() {
            if (in.getInt() != CLASS_MAGIC) {
                throw new IllegalArgumentException("not a class file");
            }
            in.getShort(); // minor version
            in.getShort(); // major version
            readPool();
            in.getShort(); // access flags
            String name = className(u2());
            int superIndex = u2();
            String superName = superIndex == 0 ? null : className(superIndex);
            int interfaces = u2();
            for (int i = 0; i < interfaces; i++) {
                u2();
            }
            Set<String> declared = new HashSet<>();
            readMembers(declared); // fields
            readMembers(declared); // methods
            List<MemberRef> references = new ArrayList<>();
            for (int i = 1; i < pool.length; i++) {
                switch (tags[i]) {
                    case 9, 10, 11 -> {
                        int[] ref = (int[]) pool[i];
                        String[] nameAndType = nameAndType(ref[1]);
                        references.add(new MemberRef(className(ref[0]), nameAndType[0], nameAndType[1], tags[i] == 9));
                    }
                    default -> {
                        // other constants name nothing that runs
                    }
                }
            }
            return new ClassFileReferences(name, superName, Set.copyOf(declared), List.copyOf(references));
        }

        private void readPool() {
            int count = u2();
            pool = new Object[count];
            tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.get() & 0xFF;
                tags[i] = tag;
                switch (tag) {
                    case 1 -> { // Utf8 (modified UTF-8; identifiers and descriptors never use its odd cases)
                        int length = u2();
                        byte[] utf = new byte[length];
                        in.get(utf);
                        pool[i] = new String(utf, StandardCharsets.UTF_8);
                    }
                    case 3, 4 -> in.getInt(); // Integer, Float
                    case 5, 6 -> { // Long, Double take two slots
                        in.getLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> pool[i] = new int[] {u2()}; // Class, String, MethodType, Module, Package
                    case 9, 10, 11, 12, 17, 18 -> pool[i] = new int[] {u2(), u2()}; // refs, NameAndType, dynamic
                    case 15 -> pool[i] = new int[] {in.get() & 0xFF, u2()}; // MethodHandle
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + i);
                }
            }
        }

        private void readMembers(Set<String> declared) {
            int count = u2();
            for (int i = 0; i < count; i++) {
                u2(); // access flags
                String name = utf(u2());
                String descriptor = utf(u2());
                declared.add(name + descriptor);
                int attributes = u2();
                for (int a = 0; a < attributes; a++) {
                    u2(); // attribute name
                    int length = in.getInt();
                    in.position(in.position() + length);
                }
            }
        }

        private String className(int index) {
            if (tags[index] != 7) {
                throw new IllegalArgumentException("constant " + index + " is not a class");
            }
            return utf(((int[]) pool[index])[0]);
        }

        private String[] nameAndType(int index) {
            if (tags[index] != 12) {
                throw new IllegalArgumentException("constant " + index + " is not a name and type");
            }
            int[] nt = (int[]) pool[index];
            return new String[] {utf(nt[0]), utf(nt[1])};
        }

        private String utf(int index) {
            if (tags[index] != 1) {
                throw new IllegalArgumentException("constant " + index + " is not text");
            }
            return (String) pool[index];
        }

        private int u2() {
            return in.getShort() & 0xFFFF;
        }
    }
}
