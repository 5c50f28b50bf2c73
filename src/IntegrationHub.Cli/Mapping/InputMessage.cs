namespace IntegrationHub.Cli.Mapping;

/// <summary>One message read for conversion, with the name its output file gets (<c>name</c> or <c>name-N</c>).</summary>
internal sealed record InputMessage(string Name, byte[] Bytes);
