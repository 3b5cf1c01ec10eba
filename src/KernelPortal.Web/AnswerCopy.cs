namespace KernelPortal.Web;

/// <summary>
/// A response body that passes every write on and keeps a copy, up to a limit (<see cref="CachedAnswerCapture"/>).
/// </summary>
internal sealed class AnswerCopy(Stream inner, int limit) : Stream
{
    private readonly MemoryStream copy = new();

    /// <summary>False once the body grew past the limit: the copy is then incomplete and must not be kept.</summary>
    public bool Complete { get; private set; } = true;

    public byte[] ToArray() => copy.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    // The inner stream is the server's (or the output cache's): it is not this stream's to close.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            copy.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!Complete)
        {
            return;
        }

        if (copy.Length + bytes.Length > limit)
        {
            Complete = false;
            copy.SetLength(0);
            return;
        }

        copy.Write(bytes);
    }
}
