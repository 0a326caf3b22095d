package tech.openfactory.policy.trials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * Plants drift in a copy of compiled classes, the way an edit of the source would: the kit reads bytecode, so the
 * drift is planted there and the fixture's sources stay as a team wrote them.
 */
final class Planter {
    private static final String ANNOTATIONS = "Ltech/openfactory/policy/annotations/";

    private Planter() {}

    /** A copy of the classes folder with every class passed through {@code edit} (null: unchanged). */
    static Path copy(Path classes, Path into, Function<String, Function<ClassVisitor, ClassVisitor>> edit) {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.toList()) {
                Path target = into.resolve(classes.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    continue;
                }
                String name = classes.relativize(file).toString().replace('\\', '/');
                Function<ClassVisitor, ClassVisitor> e = name.endsWith(".class")
                        ? edit.apply(name.substring(0, name.length() - 6)) : null;
                if (e == null) {
                    Files.copy(file, target);
                } else {
                    ClassReader reader = new ClassReader(Files.readAllBytes(file));
                    ClassWriter writer = new ClassWriter(0);
                    reader.accept(e.apply(writer), 0);
                    Files.write(target, writer.toByteArray());
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every annotation of the policy's annotations package: the codebase as it was before adoption. */
    static Function<ClassVisitor, ClassVisitor> stripAll() {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return descriptor.startsWith(ANNOTATIONS) ? null : super.visitAnnotation(descriptor, visible);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                return new FieldVisitor(Opcodes.ASM9, super.visitField(access, name, descriptor, signature, value)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        return d.startsWith(ANNOTATIONS) ? null : super.visitAnnotation(d, visible);
                    }
                };
            }

            @Override
            public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
                return new RecordComponentVisitor(Opcodes.ASM9, super.visitRecordComponent(name, descriptor, signature)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        return d.startsWith(ANNOTATIONS) ? null : super.visitAnnotation(d, visible);
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        return d.startsWith(ANNOTATIONS) ? null : super.visitAnnotation(d, visible);
                    }
                };
            }
        };
    }

    /** Removes the {@code @PersonalData} (one or several) of one field: a declaration someone deleted. */
    static Function<ClassVisitor, ClassVisitor> stripPersonalData(String field) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                FieldVisitor fv = super.visitField(access, name, descriptor, signature, value);
                if (!name.equals(field)) {
                    return fv;
                }
                return new FieldVisitor(Opcodes.ASM9, fv) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        return d.startsWith(ANNOTATIONS + "PersonalData") ? null : super.visitAnnotation(d, visible);
                    }
                };
            }

            @Override
            public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
                RecordComponentVisitor rv = super.visitRecordComponent(name, descriptor, signature);
                if (!name.equals(field)) {
                    return rv;
                }
                return new RecordComponentVisitor(Opcodes.ASM9, rv) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                        return d.startsWith(ANNOTATIONS + "PersonalData") ? null : super.visitAnnotation(d, visible);
                    }
                };
            }
        };
    }

    /**
     * Removes a class-level {@code @PersonalData(field = name, ...)} from a class, leaving its others: one kind of
     * person no longer declared for an inherited field.
     */
    static Function<ClassVisitor, ClassVisitor> stripTypeDeclaration(String field) {
        return next -> {
            org.objectweb.asm.tree.ClassNode node = new org.objectweb.asm.tree.ClassNode(Opcodes.ASM9) {
                @Override
                public void visitEnd() {
                    super.visitEnd();
                    for (java.util.List<org.objectweb.asm.tree.AnnotationNode> list : java.util.Arrays.asList(visibleAnnotations, invisibleAnnotations)) {
                        if (list == null) {
                            continue;
                        }
                        list.removeIf(a -> a.desc.equals(ANNOTATIONS + "PersonalData;") && field.equals(fieldOf(a)));
                        for (org.objectweb.asm.tree.AnnotationNode a : list) {
                            if (a.desc.equals(ANNOTATIONS + "PersonalData$List;")) {
                                @SuppressWarnings("unchecked")
                                java.util.List<org.objectweb.asm.tree.AnnotationNode> items =
                                        (java.util.List<org.objectweb.asm.tree.AnnotationNode>) value(a, "value");
                                items.removeIf(i -> field.equals(fieldOf(i)));
                            }
                        }
                    }
                    accept(next);
                }
            };
            return node;
        };
    }

    /** The {@code field} a class-level declaration names; "" for one about the whole row. */
    static String fieldOf(org.objectweb.asm.tree.AnnotationNode a) {
        Object field = value(a, "field");
        return field == null ? "" : field.toString();
    }

    static Object value(org.objectweb.asm.tree.AnnotationNode a, String name) {
        if (a.values == null) {
            return null;
        }
        for (int i = 0; i < a.values.size(); i += 2) {
            if (a.values.get(i).equals(name)) {
                return a.values.get(i + 1);
            }
        }
        return null;
    }

    /** Where the classes declare personal data: {@code Class.field} for a field, {@code Class@field} for a class-level one. */
    static java.util.List<String> declarationSites(Path classes) {
        java.util.List<String> sites = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                org.objectweb.asm.tree.ClassNode node = new org.objectweb.asm.tree.ClassNode();
                new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_CODE);
                String type = node.name.replace('/', '.');
                for (org.objectweb.asm.tree.FieldNode f : node.fields) {
                    if (personal(f.visibleAnnotations) || personal(f.invisibleAnnotations)) {
                        sites.add(type + "." + f.name);
                    }
                }
                for (java.util.List<org.objectweb.asm.tree.AnnotationNode> list : java.util.Arrays.asList(node.visibleAnnotations, node.invisibleAnnotations)) {
                    if (list == null) {
                        continue;
                    }
                    for (org.objectweb.asm.tree.AnnotationNode a : list) {
                        if (a.desc.equals(ANNOTATIONS + "PersonalData;")) {
                            sites.add(type + "@" + fieldOf(a));
                        } else if (a.desc.equals(ANNOTATIONS + "PersonalData$List;")) {
                            @SuppressWarnings("unchecked")
                            java.util.List<org.objectweb.asm.tree.AnnotationNode> items =
                                    (java.util.List<org.objectweb.asm.tree.AnnotationNode>) value(a, "value");
                            items.stream().map(i -> type + "@" + fieldOf(i)).distinct().forEach(sites::add);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sites.stream().distinct().toList();
    }

    private static boolean personal(java.util.List<org.objectweb.asm.tree.AnnotationNode> annotations) {
        return annotations != null && annotations.stream().anyMatch(a -> a.desc.startsWith(ANNOTATIONS + "PersonalData"));
    }

    /** Adds {@code private String <name>;}: a personal field someone added without a declaration. */
    static Function<ClassVisitor, ClassVisitor> addStringField(String name) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitEnd() {
                super.visitField(Opcodes.ACC_PRIVATE, name, "Ljava/lang/String;", null, null).visitEnd();
                super.visitEnd();
            }
        };
    }

    /** Multiplies every integer constant equal to {@code amount} in one method by ten: a purge period someone changed. */
    static Function<ClassVisitor, ClassVisitor> changeConstant(String method, long amount) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!name.equals(method) && !name.equals("<clinit>")) {
                    return mv;
                }
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitIntInsn(int opcode, int operand) {
                        if ((opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) && operand == amount) {
                            super.visitIntInsn(Opcodes.SIPUSH, (int) amount * 10);
                        } else {
                            super.visitIntInsn(opcode, operand);
                        }
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5 && opcode - Opcodes.ICONST_0 == amount) {
                            super.visitIntInsn(Opcodes.BIPUSH, (int) amount * 10);
                        } else if ((opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1) && opcode - Opcodes.LCONST_0 == amount) {
                            super.visitLdcInsn(amount * 10);
                        } else {
                            super.visitInsn(opcode);
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Number n && n.longValue() == amount) {
                            super.visitLdcInsn(value instanceof Long ? (Object) (amount * 10) : (Object) (int) (amount * 10));
                        } else {
                            super.visitLdcInsn(value);
                        }
                    }
                };
            }
        };
    }
}
