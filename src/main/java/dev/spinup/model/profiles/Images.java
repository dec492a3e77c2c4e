package dev.spinup.model.profiles;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.image.Image;
import java.util.List;
import java.util.Optional;

/**
 * Container images with realistic layer sizes (an estimate from Docker Hub listings, see
 * {@link Source#ESTIMATE_IMAGE_LAYER_SIZES}). nginx, python-slim and postgres share the same Debian base layer,
 * which is what the shared-layers lesson shows.
 */
public final class Images {

    public static final Source SOURCE = Source.ESTIMATE_IMAGE_LAYER_SIZES;

    public static final Image ALPINE = Image.builder("alpine:3.20")
            .layer("ADD alpine-minirootfs-3.20.tar.gz /", mb(3.6), mb(8))
            .build();

    public static final Image DEBIAN_SLIM = Image.builder("debian:bookworm-slim")
            .layer("ADD rootfs.tar.xz /", mb(29), mb(75))
            .build();

    public static final Image NGINX = Image.builder("nginx:1.27", DEBIAN_SLIM)
            .layer("RUN apt-get install nginx", mb(40), mb(112))
            .layer("COPY docker-entrypoint.sh /", mb(0.5), mb(0.6))
            .layer("COPY 10-listen-on-ipv6-by-default.sh", mb(0.5), mb(0.6))
            .layer("COPY 15-local-resolvers.envsh", mb(0.5), mb(0.6))
            .layer("COPY 20-envsubst-on-templates.sh", mb(0.5), mb(0.6))
            .layer("COPY 30-tune-worker-processes.sh", mb(0.5), mb(0.6))
            .build();

    public static final Image PYTHON_SLIM = Image.builder("python:3.12-slim", DEBIAN_SLIM)
            .layer("RUN apt-get install ca-certificates netbase tzdata", mb(3.5), mb(10))
            .layer("RUN build and install Python 3.12", mb(12), mb(43))
            .layer("RUN install pip", mb(0.5), mb(2))
            .build();

    public static final Image PYTHON = Image.builder("python:3.12")
            .layer("ADD bookworm rootfs", mb(49), mb(117))
            .layer("RUN apt-get install curl", mb(24), mb(60))
            .layer("RUN apt-get install git", mb(64), mb(200))
            .layer("RUN apt-get install build tools", mb(211), mb(560))
            .layer("RUN apt-get install libs", mb(6), mb(20))
            .layer("RUN build and install Python 3.12", mb(15), mb(40))
            .layer("RUN install pip", mb(0.3), mb(1))
            .layer("RUN link executables", mb(0.7), mb(2))
            .build();

    public static final Image POSTGRES = Image.builder("postgres:16", DEBIAN_SLIM)
            .layer("RUN groupadd postgres", mb(0.1), mb(0.1))
            .layer("RUN apt-get install gosu", mb(1), mb(3))
            .layer("RUN apt-get install locales", mb(4), mb(12))
            .layer("RUN apt-get install libnss-wrapper xz", mb(1), mb(2))
            .layer("RUN mkdir /docker-entrypoint-initdb.d", mb(0.1), mb(0.1))
            .layer("RUN apt-key add", mb(8), mb(25))
            .layer("ENV PG_MAJOR=16", mb(0.1), mb(0.1))
            .layer("RUN apt-get install postgresql-16", mb(101), mb(300))
            .layer("RUN set sample config", mb(0.1), mb(0.1))
            .layer("RUN mkdir -p /var/run/postgresql", mb(0.1), mb(0.1))
            .layer("VOLUME /var/lib/postgresql/data", mb(4), mb(10))
            .layer("COPY docker-entrypoint.sh", mb(0.1), mb(0.1))
            .layer("COPY docker-ensure-initdb.sh", mb(0.1), mb(0.1))
            .build();

    public static final List<Image> ALL = List.of(ALPINE, DEBIAN_SLIM, NGINX, PYTHON_SLIM, PYTHON, POSTGRES);

    public static Optional<Image> byReference(String reference) {
        return ALL.stream().filter(i -> i.reference().equals(reference)).findFirst();
    }

    private static DataSize mb(double megabytes) {
        return DataSize.ofMB(megabytes);
    }

    private Images() {
    }
}
