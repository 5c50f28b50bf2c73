namespace IntegrationHub.Testing;

/// <summary>
/// A test server could not be installed, started, stopped or controlled. The message carries what was
/// tried and, for start failures, the tail of the server's log, so a CI failure is diagnosable from the test output.
/// </summary>
public sealed class TestServerException : Exception
{
    public TestServerException()
    {
    }

    public TestServerException(string message)
        : base(message)
    {
    }

    public TestServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
