package nl.botoc.monitor.devjwt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The command line behind {@code deploy/local/botoc up} and {@code deploy/local/botoc token}:
 * <pre>
 *   DevJwt keys  FOLDER                    make the development key pair in FOLDER unless it is there
 *   DevJwt token FOLDER ROLE [CBS-CODE]    print a bearer token signed with it (ROLE: municipality, ministry,
 *                                          researcher; a municipality needs its CBS code, e.g. GM0363)
 * </pre>
 */
public final class DevJwt {

    private static final String USAGE = "usage: DevJwt keys FOLDER | DevJwt token FOLDER ROLE [CBS-CODE]";

    private DevJwt() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Returns the exit status: 0 done, 1 no key pair yet or unreadable, 2 wrong arguments. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 2 && args[0].equals("keys")) {
                DevKeys.createIfAbsent(Path.of(args[1]));
                return 0;
            }
            if ((args.length == 3 || args.length == 4) && args[0].equals("token")) {
                Path folder = Path.of(args[1]);
                if (!Files.exists(folder.resolve(DevKeys.PRIVATE_KEY))) {
                    err.println("no development key in " + folder + ": start the system with "
                            + "deploy/local/botoc up first (it makes the key the services trust)");
                    return 1;
                }
                DevTokens tokens = new DevTokens(DevKeys.read(folder).privateKey(), Clock.systemUTC());
                out.println(tokens.mint(Role.ofClaim(args[2]), args.length == 4 ? args[3] : null));
                return 0;
            }
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
