package software.amazon.awssdk.services.s3;

/** Stand-in for an object-store client. */
public class S3Client {
    public void putObject(String bucket, String key, byte[] content) {}

    public void deleteObject(String bucket, String key) {}
}
