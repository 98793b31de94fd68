package dk.jobandel.matching.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark suite's entry point: first the heap footprint ({@link HeapFootprint}, in this fresh JVM) and the
 * facts of the synthetic world ({@link WorldStats}), then JMH
 * with the command-line options given (the same as {@code org.openjdk.jmh.Main}'s; none runs every benchmark with
 * the settings in its annotations). Results also go to {@code target/benchmarks/jmh-result.json} unless
 * {@code -rff} says otherwise.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "[machine] %d processors, JVM %s (%s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("java.home"));
        CommandLineOptions command = new CommandLineOptions(args);
        if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        HeapFootprint.measure();
        WorldStats.print();
        System.gc();
        ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
        if (!command.getResult().hasValue()) {
            Path result = Path.of("target", "benchmarks", "jmh-result.json");
            Files.createDirectories(result.getParent());
            options.result(result.toString());
            if (!command.getResultFormat().hasValue()) {
                options.resultFormat(ResultFormatType.JSON);
            }
        }
        new Runner(options.build()).run();
    }
}
