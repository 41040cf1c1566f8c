package org.llmatlas.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documented {@code .rq} file of {@code queries/}. Its header comment names the question it
 * answers and its parameters:
 * <pre>
 * # title: Models that use a concept
 * # description: Which entities use the given concept, with the evidence line.
 * # param: concept entity  The concept, by name or IRI
 * </pre>
 * A parameter is a SPARQL variable ({@code ?concept}) that is bound at run time, never spliced in.
 */
public record NamedQuery(String name, String title, String description, List<Param> params, String sparql) {

    /** {@code kind} is {@code entity} (a name resolved to an IRI), {@code type} (an entity type by name), {@code string} or {@code integer}. */
    public record Param(String name, String kind, String description) {}

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(entity|type|string|integer)\\s*(.*)$");

    public static NamedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description.append(description.length() > 0 ? " " : "").append(m.group(2).strip());
                default -> {
                    Matcher p = PARAM.matcher(m.group(2).strip());
                    if (!p.matches()) {
                        throw new IllegalArgumentException(name + ".rq: bad param line: " + line);
                    }
                    params.add(new Param(p.group(1), p.group(2), p.group(3).strip()));
                }
            }
        }
        return new NamedQuery(name, title, description.toString(), List.copyOf(params), text);
    }
}
