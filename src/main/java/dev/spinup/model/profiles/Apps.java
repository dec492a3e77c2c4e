package dev.spinup.model.profiles;

import static dev.spinup.model.profiles.Phases.cpuMillis;
import static dev.spinup.model.profiles.Phases.readMB;
import static dev.spinup.model.profiles.Phases.waitMillis;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.util.List;

/** The apps a lesson's workload can run; each runs identically on every stack. */
public final class Apps {

    private static PhaseSpec start(dev.spinup.model.startup.Demand... demands) {
        return PhaseSpec.of(PhaseKind.APP, Source.ESTIMATE_APP_INIT_TIME, demands);
    }

    /** The classic "hello": a process that starts and is ready at once (alpine running /bin/true). */
    public static final AppProfile HELLO = new AppProfile("hello", "hello (/bin/true on alpine)", "alpine:3.20",
            start(cpuMillis(1)), Cited.of(DataSize.ofMiB(1), Source.ESTIMATE_APP_MEMORY));

    public static final AppProfile NGINX = new AppProfile("nginx", "nginx web server", "nginx:1.27",
            start(cpuMillis(10), waitMillis(15, 40)), Cited.of(DataSize.ofMiB(8), Source.ESTIMATE_APP_MEMORY));

    public static final AppProfile PYTHON_WEB = new AppProfile("python-web", "Python web app", "python:3.12-slim",
            start(cpuMillis(25), waitMillis(10, 30)), Cited.of(DataSize.ofMiB(40), Source.ESTIMATE_APP_MEMORY));

    /** PostgreSQL restarting on an existing data directory (a first start with initdb takes 2–5 s). */
    public static final AppProfile POSTGRES = new AppProfile("postgres", "PostgreSQL 16", "postgres:16",
            start(cpuMillis(300), readMB(50, 2000), waitMillis(300, 700)),
            Cited.of(DataSize.ofMiB(160), Source.ESTIMATE_APP_MEMORY));

    public static final List<AppProfile> ALL = List.of(HELLO, NGINX, PYTHON_WEB, POSTGRES);

    private Apps() {
    }
}
