FROM alpine:3.20
WORKDIR /work
USER 10001
ENTRYPOINT ["sh", "-c"]
