namespace IntegrationHub.Health;

/// <summary>
/// The code the hub process ends with: 0 after an ordinary stop, or the code of whatever stopped it so that its
/// supervisor starts a fresh one (<see cref="WedgedIntakeExit"/>). Program.cs returns it once the host has stopped.
/// </summary>
internal sealed class HubExit
{
    private int _code;

    public int Code => Volatile.Read(ref _code);

    public void Request(int code) => Volatile.Write(ref _code, code);
}
