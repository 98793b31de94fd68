package dk.jobandel;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependencies;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The Markdown of {@code docs/module-dependencies.md}: each module, the modules its code uses and its named interfaces,
 * from Modulith.
 */
final class ModuleDependencyTable {

    private ModuleDependencyTable() {}

    static String of(ApplicationModules modules) {
        // each module's direct dependencies once: Modulith works them out from the classes on every call, and the
        // "used by" column asks for every other module's (the table took 8 s when it asked module by module)
        Map<ApplicationModule, ApplicationModuleDependencies> dependencies = modules.stream()
                .collect(Collectors.toMap(Function.identity(), module -> module.getDirectDependencies(modules)));
        var out = new StringBuilder();
        out.append("# Module dependencies\n\n")
                .append(
                        "Generated from the code by Spring Modulith (`ModularityTests.theDocumentedModuleDependenciesAreTheCodes`")
                .append(" fails when this file and the code differ). Regenerate it with\n")
                .append(
                        "`./mvnw test -Dtest=ModularityTests -Djobandel.docs.write=true`. A module uses another when one of its")
                .append(
                        " classes refers\nto a type of the other (a call, a parameter, an event it listens to, a bean it is")
                .append(" given). Every module may\nalso use `platform` and `shared`; they are listed too.")
                .append(" What each module holds: [architecture.md](architecture.md#modules).\n\n")
                .append("A module's API is the types of its base package and of the sub-packages it names as")
                .append(
                        " named interfaces\n(`@NamedInterface`, listed below); every other sub-package is internal.\n\n")
                .append("| module | uses | used by | named interfaces |\n|---|---|---|---|\n");
        modules.stream()
                .sorted(Comparator.comparing(ModuleDependencyTable::name))
                .forEach(module -> out.append("| `")
                        .append(name(module))
                        .append("` | ")
                        .append(uses(module, dependencies))
                        .append(" | ")
                        .append(usedBy(module, dependencies))
                        .append(" | ")
                        .append(namedInterfaces(module))
                        .append(" |\n"));
        return out.toString();
    }

    private static String uses(
            ApplicationModule module, Map<ApplicationModule, ApplicationModuleDependencies> dependencies) {
        return list(dependencies.get(module).uniqueModules().map(ModuleDependencyTable::name));
    }

    private static String usedBy(
            ApplicationModule module, Map<ApplicationModule, ApplicationModuleDependencies> dependencies) {
        return list(dependencies.entrySet().stream()
                .filter(other -> other.getValue().contains(module))
                .map(other -> name(other.getKey())));
    }

    private static String namedInterfaces(ApplicationModule module) {
        return list(module.getNamedInterfaces().stream()
                .filter(NamedInterface::isNamed)
                .map(NamedInterface::getName));
    }

    private static String list(java.util.stream.Stream<String> names) {
        var joined = names.distinct().sorted().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        return joined.isEmpty() ? "–" : joined;
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
