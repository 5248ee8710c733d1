# syntax=docker/dockerfile:1
# A static, stripped binary; modules are downloaded before the sources are copied.
FROM golang:1.23.4-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod ./
RUN go mod download
COPY . .
RUN go test ./... \
    && go build -trimpath -ldflags="-s -w" -o /out/hello .

# The image: the binary and CA certificates, nothing else.
FROM scratch AS runtime
LABEL org.opencontainers.image.title=hello
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/hello /usr/local/bin/hello
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/hello"]
