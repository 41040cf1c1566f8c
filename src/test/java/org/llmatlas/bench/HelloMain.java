package org.llmatlas.bench;

import io.javalin.Javalin;

/** The cold-start baseline: a bare Javalin hello world on the port given ({@code HelloMain PORT}). */
public final class HelloMain {
    private HelloMain() {}

    public static void main(String[] args) {
        start(Integer.parseInt(args[0]));
    }

    /** The hello world, started on {@code port} (0: any free port). */
    static Javalin start(int port) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.result("hello"));
        }).start(port);
    }
}
