// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.sun.codemodel.JClass;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names types get in one compilation unit, and its imports. A type is written by its simple
 * name where that is unambiguous (imported, {@code java.lang}, the unit's own package, or nested in
 * the unit) and fully qualified otherwise, so that a generated class called {@code List} or
 * {@code Map} never changes the meaning of another name.
 */
final class TypeNames {

    private final Layout layout;
    private final JDefinedClass top;
    private final String packageName;
    private final Set<String> declared;
    private final Set<String> packageClasses;
    private final Map<String, String> imported = new HashMap<>();

    TypeNames(Layout layout, JDefinedClass top) {
        this.layout = layout;
        this.top = top;
        this.packageName = top._package().name();
        this.declared = new HashSet<>(layout.namesDeclaredIn(top));
        this.packageClasses = layout.topLevelNames(packageName);
    }

    /** Declares a simple name in the unit that the layout does not know of, such as a builder's. */
    void reserve(String simpleName) {
        declared.add(simpleName);
    }

    /** The source text of {@code type}, type arguments included. */
    String of(JType type) {
        if (type.isPrimitive()) {
            return type.name();
        }
        if (type.isArray()) {
            return of(type.elementType()) + "[]";
        }
        JClass clazz = (JClass) type;
        List<JClass> arguments = clazz.getTypeParameters();
        String raw = ofRaw(clazz.erasure());
        if (arguments.isEmpty()) {
            return raw;
        }
        List<String> written = new ArrayList<>();
        arguments.forEach(argument -> written.add(of(argument)));
        return raw + "<" + String.join(", ", written) + ">";
    }

    /** The source text of a JDK or library class. */
    String of(Class<?> type) {
        Class<?> outermost = type;
        String nested = "";
        while (outermost.getEnclosingClass() != null) {
            nested = "." + outermost.getSimpleName() + nested;
            outermost = outermost.getEnclosingClass();
        }
        return topLevel(outermost.getPackageName(), outermost.getSimpleName()) + nested;
    }

    private String ofRaw(JClass clazz) {
        if (clazz instanceof JDefinedClass defined && layout.name(defined) != null) {
            return ofGenerated(defined);
        }
        if (clazz.outer() != null) {
            return ofRaw(clazz.outer()) + "." + clazz.name();
        }
        return topLevel(clazz._package().name(), clazz.name());
    }

    private String ofGenerated(JDefinedClass clazz) {
        List<JDefinedClass> path = layout.path(clazz);
        List<String> names = new ArrayList<>();
        path.forEach(c -> names.add(layout.name(c)));
        JDefinedClass outermost = path.get(0);
        if (outermost == top) {
            if (path.size() == 1) {
                return names.get(0);
            }
            List<String> inner = names.subList(1, names.size());
            // A nested name that also names another type of this unit could resolve to that one.
            return String.join(".", countNested(inner.get(0)) == 1 ? inner : names);
        }
        names.set(0, topLevel(outermost._package().name(), names.get(0)));
        return String.join(".", names);
    }

    private long countNested(String simpleName) {
        List<JDefinedClass> pending = new ArrayList<>(layout.members(top));
        long count = 0;
        while (!pending.isEmpty()) {
            JDefinedClass clazz = pending.remove(pending.size() - 1);
            count += layout.name(clazz).equals(simpleName) ? 1 : 0;
            pending.addAll(layout.members(clazz));
        }
        return count;
    }

    /** A top-level class: imported, or qualified where its simple name means something else here. */
    private String topLevel(String classPackage, String simpleName) {
        String fullName = classPackage.isEmpty() ? simpleName : classPackage + "." + simpleName;
        if (classPackage.equals(packageName)) {
            return declared.contains(simpleName) && !simpleName.equals(top.name()) ? fullName : simpleName;
        }
        if (declared.contains(simpleName) || packageClasses.contains(simpleName)) {
            return fullName;
        }
        if (classPackage.equals("java.lang")) {
            return imported.containsKey(simpleName) ? fullName : simpleName;
        }
        String owner = imported.putIfAbsent(simpleName, fullName);
        return owner == null || owner.equals(fullName) ? simpleName : fullName;
    }

    /** The import lines of the unit, sorted. */
    List<String> imports() {
        List<String> lines = new ArrayList<>();
        new TreeSet<>(imported.values()).forEach(name -> lines.add("import " + name + ";"));
        return lines;
    }

    /**
     * Rewrites the fully qualified names in source text that codemodel printed (which qualifies every
     * type when it is not writing a whole file) to the names this unit uses; comments and string and
     * character literals are left alone.
     */
    String simplify(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("/*", i) || code.startsWith("//", i)) {
                int end = code.startsWith("/*", i) ? code.indexOf("*/", i + 2) : code.indexOf('\n', i);
                end = end < 0 ? code.length() : end + (code.startsWith("/*", i) ? 2 : 0);
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, code.length());
                out.append(code, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c) && (i == 0 || code.charAt(i - 1) != '.')) {
                int end = i;
                while (end < code.length()
                        && (Character.isJavaIdentifierPart(code.charAt(end))
                                || (code.charAt(end) == '.'
                                        && end + 1 < code.length()
                                        && Character.isJavaIdentifierStart(code.charAt(end + 1))))) {
                    end++;
                }
                out.append(simplifyChain(code.substring(i, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String simplifyChain(String chain) {
        String[] segments = chain.split("\\.");
        int firstClass = 0;
        while (firstClass < segments.length && !Character.isUpperCase(segments[firstClass].charAt(0))) {
            firstClass++;
        }
        if (firstClass == 0 || firstClass == segments.length) {
            return chain;
        }
        String packagePart = String.join(".", List.of(segments).subList(0, firstClass));
        for (int last = segments.length - 1; last >= firstClass; last--) {
            JDefinedClass generated =
                    layout.byFullName(String.join(".", List.of(segments).subList(0, last + 1)));
            if (generated != null && layout.name(generated) != null) {
                return join(ofGenerated(generated), segments, last + 1);
            }
        }
        return join(topLevel(packagePart, segments[firstClass]), segments, firstClass + 1);
    }

    private static String join(String head, String[] segments, int from) {
        StringBuilder joined = new StringBuilder(head);
        for (int i = from; i < segments.length; i++) {
            joined.append('.').append(segments[i]);
        }
        return joined.toString();
    }
}
