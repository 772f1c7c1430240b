package com.voicepact.adapter.in.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand, so a test can choose how the bytes travel: the body sent in two TCP writes with
 * a pause between, as a request crossing the internet often arrives.
 */
final class RawHttp {

    record Reply(int status, String body) {}

    private RawHttp() {}

    static Reply postInTwoWrites(int port, String path, String contentType, String body, int splitAt) {
        String head =
                "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + body.substring(0, splitAt)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(150);
            out.write(body.substring(splitAt).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            return new Reply(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
