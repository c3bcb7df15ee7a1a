package org.jiuzhu.example.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than {@code jiuzhu.service.max-body-bytes} with 413 before anything reads it:
 * at once when {@code Content-Length} says so, else when the stream passes the limit (chunked bodies).
 */
@Component
public class BodyLimitFilter extends OncePerRequestFilter {
  private final long max;
  private final ObjectMapper json;

  /** A filter with the service's limit. */
  public BodyLimitFilter(ServiceProperties properties, ObjectMapper json) {
    this.max = properties.maxBodyBytes();
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > max) {
      tooLarge(response, "the body declares " + declared + " bytes");
      return;
    }
    if (declared == 0 || !hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    InputStream in = request.getInputStream();
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      tooLarge(response, "the body is longer");
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  private static boolean hasBody(HttpServletRequest r) {
    String m = r.getMethod();
    return "POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m);
  }

  private void tooLarge(HttpServletResponse response, String what) throws IOException {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), ProblemHandler.body(HttpStatus.PAYLOAD_TOO_LARGE, "body.too-large",
        "Request body too large", List.of(new ApiException.Item("", "body.too-large", what + "; at most " + max
            + " bytes are accepted"))));
  }

  /** A request whose body has been read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
