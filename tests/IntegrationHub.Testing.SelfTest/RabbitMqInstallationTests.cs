using IntegrationHub.Testing.RabbitMq;

namespace IntegrationHub.Testing.SelfTest;

public sealed class RabbitMqInstallationTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("rabbit-layout-").FullName;

    [Fact]
    public void DebianSuWrapperIsSkippedForTheRealScriptBesideRabbitmqctl()
    {
        // sbin-like directory: rabbitmq-server is a link to the su wrapper, as /usr/sbin is on Debian.
        var wrapperDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "sbin")).FullName;
        var wrapper = Touch(Path.Combine(_scratch, "rabbitmq-script-wrapper"));
        File.CreateSymbolicLink(Path.Combine(wrapperDirectory, "rabbitmq-server"), wrapper);

        // Release directory with the real scripts, reached through a link as /usr/lib/rabbitmq/bin does.
        var release = Directory.CreateDirectory(Path.Combine(_scratch, "rabbitmq_server-3.10.8", "sbin")).FullName;
        var script = Touch(Path.Combine(release, "rabbitmq-server"));
        Touch(Path.Combine(release, "rabbitmqctl"));
        var linkDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(linkDirectory, "rabbitmq-server"), script);

        var found = RabbitMqInstallation.FindIn([wrapperDirectory, linkDirectory]);

        Assert.NotNull(found);
        Assert.Equal(script, found.ServerScript);
        Assert.Equal(Path.Combine(release, "rabbitmqctl"), found.CtlScript);
    }

    [Fact]
    public void NothingIsFoundWhereOnlyTheWrapperIs()
    {
        var wrapperDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "sbin")).FullName;
        var wrapper = Touch(Path.Combine(_scratch, "rabbitmq-script-wrapper"));
        File.CreateSymbolicLink(Path.Combine(wrapperDirectory, "rabbitmq-server"), wrapper);
        Touch(Path.Combine(wrapperDirectory, "rabbitmqctl"));

        Assert.Null(RabbitMqInstallation.FindIn([wrapperDirectory, Path.Combine(_scratch, "missing")]));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static string Touch(string path)
    {
        File.WriteAllText(path, "#!/bin/sh\n");
        return path;
    }
}
