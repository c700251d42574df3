namespace WorkingGroupBot.Teams;

/// <summary>The channel's token signing keys could not be fetched, so no token can be checked now.</summary>
internal sealed class SigningKeysUnavailableException(Exception inner)
    : Exception("The Bot Framework channel's signing keys could not be fetched.", inner);
