// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.sun.codemodel.ClassType;
import com.sun.codemodel.JDefinedClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where every generated class ends up: top-level, nested in the class codemodel nested it in (the
 * enums of a property), or nested in the record whose property's inline schema it came from. A
 * nested record drops the {@code __1} that jsonschema2pojo appends to keep top-level names apart,
 * when its new scope leaves the plain name free.
 */
final class Layout {

    private static final Pattern NUMBERED = Pattern.compile("__\\d+$");

    private final Map<String, JDefinedClass> byFullName = new HashMap<>();
    private final IdentityHashMap<JDefinedClass, JDefinedClass> enclosing = new IdentityHashMap<>();
    private final IdentityHashMap<JDefinedClass, List<JDefinedClass>> members = new IdentityHashMap<>();
    private final IdentityHashMap<JDefinedClass, String> names = new IdentityHashMap<>();

    /**
     * @param classes every class of the code model, nested ones included
     * @param records the classes that become records
     * @param hints which of them were generated from an inline schema of which other one
     */
    Layout(List<JDefinedClass> classes, Set<JDefinedClass> records, RecordHints hints) {
        for (JDefinedClass clazz : classes) {
            byFullName.put(clazz.fullName(), clazz);
            names.put(clazz, clazz.name());
            // A union branch stays top-level: its sealed interface permits it by its simple name.
            JDefinedClass parent = clazz.outer() instanceof JDefinedClass outer
                    ? outer
                    : records.contains(clazz)
                                    && records.contains(hints.parentOf(clazz))
                                    && !clazz._implements().hasNext()
                            ? hints.parentOf(clazz)
                            : null;
            if (parent != null) {
                enclosing.put(clazz, parent);
            }
        }
        for (JDefinedClass clazz : classes) {
            JDefinedClass parent = enclosing.get(clazz);
            if (parent != null) {
                members.computeIfAbsent(parent, p -> new ArrayList<>()).add(clazz);
            }
        }
        members.values()
                .forEach(nested -> nested.sort((a, b) ->
                        Boolean.compare(a.getClassType() != ClassType.ENUM, b.getClassType() != ClassType.ENUM)));
        for (JDefinedClass clazz : classes) {
            if (!enclosing.containsKey(clazz)) {
                nameMembers(clazz);
            }
        }
    }

    /** Names the records nested in {@code clazz}, then theirs: a name must differ from every enclosing one. */
    private void nameMembers(JDefinedClass clazz) {
        for (JDefinedClass member : members(clazz)) {
            if (member.outer() == null) {
                names.put(member, freeName(member));
            }
            nameMembers(member);
        }
    }

    /**
     * A nested record's name: the plain one ({@code Address}, not {@code Address__1}) where it is free in
     * its new scope; else, as for nested enums, {@code AddressValue}, numbered on should that be taken too.
     */
    private String freeName(JDefinedClass clazz) {
        Set<String> taken = new HashSet<>();
        for (JDefinedClass outer = enclosing.get(clazz); outer != null; outer = enclosing.get(outer)) {
            taken.add(names.get(outer));
        }
        for (JDefinedClass sibling : members.get(enclosing.get(clazz))) {
            if (sibling != clazz) {
                taken.add(names.get(sibling));
            }
        }
        String plain = NUMBERED.matcher(clazz.name()).replaceFirst("");
        String name = plain;
        for (int n = 1; taken.contains(name); n++) {
            name = plain + "Value" + (n == 1 ? "" : n);
        }
        return name;
    }

    /** The simple name the class has in the emitted source. */
    String name(JDefinedClass clazz) {
        return names.get(clazz);
    }

    /** The class that {@code clazz} is nested in, or {@code null} for a top-level one. */
    JDefinedClass enclosing(JDefinedClass clazz) {
        return enclosing.get(clazz);
    }

    /** The classes nested in {@code clazz}: its enums first, then its records, each in generation order. */
    List<JDefinedClass> members(JDefinedClass clazz) {
        return members.getOrDefault(clazz, List.of());
    }

    /** The chain of classes from the top-level one down to {@code clazz}. */
    List<JDefinedClass> path(JDefinedClass clazz) {
        List<JDefinedClass> path = new ArrayList<>();
        for (JDefinedClass c = clazz; c != null; c = enclosing.get(c)) {
            path.add(0, c);
        }
        return path;
    }

    /** The generated class of this codemodel full name ({@code a.b.Outer.Inner}), or {@code null}. */
    JDefinedClass byFullName(String fullName) {
        return byFullName.get(fullName);
    }

    /** Every simple name declared in the compilation unit of {@code top}, its own included. */
    Set<String> namesDeclaredIn(JDefinedClass top) {
        Set<String> declared = new HashSet<>();
        List<JDefinedClass> pending = new ArrayList<>(List.of(top));
        while (!pending.isEmpty()) {
            JDefinedClass clazz = pending.remove(pending.size() - 1);
            declared.add(name(clazz));
            pending.addAll(members(clazz));
        }
        return declared;
    }

    /** The simple names of the top-level classes of {@code packageName}. */
    Set<String> topLevelNames(String packageName) {
        Set<String> top = new HashSet<>();
        for (Map.Entry<JDefinedClass, String> entry : names.entrySet()) {
            if (entry.getKey()._package().name().equals(packageName) && !enclosing.containsKey(entry.getKey())) {
                top.add(entry.getValue());
            }
        }
        return top;
    }
}
