import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Commits per second of one client on an H2 file, with the embedded default's options and with or
 * without {@code WRITE_DELAY=0}: what durable commits cost the database alone. Each commit is one
 * row of about 200 bytes (an audit entry's size).
 * {@code java -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar bench/H2Commits.java <seconds>}
 */
public class H2Commits {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (String writeDelay : new String[] {";WRITE_DELAY=0", "", ";WRITE_DELAY=0", ""}) {
            Path dir = Files.createTempDirectory("h2commits");
            String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    + writeDelay;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.createStatement().execute("CREATE TABLE t (id BIGINT PRIMARY KEY, body VARCHAR(400))");
                c.setAutoCommit(false);
                PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
                long id = 0;
                long warm = System.nanoTime() + 2_000_000_000L;
                long end = warm + seconds * 1_000_000_000L;
                long measured = 0;
                while (System.nanoTime() < end) {
                    insert.setLong(1, ++id);
                    insert.setString(2, "x".repeat(200));
                    insert.executeUpdate();
                    c.commit();
                    if (System.nanoTime() > warm) {
                        measured++;
                    }
                }
                System.out.printf("%-16s %,d commits/s%n", writeDelay.isEmpty() ? "(H2 default)" : writeDelay.substring(1),
                        measured / seconds);
            }
        }
    }
}
