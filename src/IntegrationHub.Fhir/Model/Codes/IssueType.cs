using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set IssueType (http://hl7.org/fhir/ValueSet/issue-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(IssueTypeConverter))]
public enum IssueType
{
    /// <summary><c>invalid</c>: Invalid Content.</summary>
    Invalid,

    /// <summary><c>structure</c>: Structural Issue.</summary>
    Structure,

    /// <summary><c>required</c>: Required element missing.</summary>
    Required,

    /// <summary><c>value</c>: Element value invalid.</summary>
    Value,

    /// <summary><c>invariant</c>: Validation rule failed.</summary>
    Invariant,

    /// <summary><c>security</c>: Security Problem.</summary>
    Security,

    /// <summary><c>login</c>: Login Required.</summary>
    Login,

    /// <summary><c>unknown</c>: Unknown User.</summary>
    Unknown,

    /// <summary><c>expired</c>: Session Expired.</summary>
    Expired,

    /// <summary><c>forbidden</c>: Forbidden.</summary>
    Forbidden,

    /// <summary><c>suppressed</c>: Information Suppressed.</summary>
    Suppressed,

    /// <summary><c>processing</c>: Processing Failure.</summary>
    Processing,

    /// <summary><c>not-supported</c>: Content not supported.</summary>
    NotSupported,

    /// <summary><c>duplicate</c>: Duplicate.</summary>
    Duplicate,

    /// <summary><c>multiple-matches</c>: Multiple Matches.</summary>
    MultipleMatches,

    /// <summary><c>not-found</c>: Not Found.</summary>
    NotFound,

    /// <summary><c>deleted</c>: Deleted.</summary>
    Deleted,

    /// <summary><c>too-long</c>: Content Too Long.</summary>
    TooLong,

    /// <summary><c>code-invalid</c>: Invalid Code.</summary>
    CodeInvalid,

    /// <summary><c>extension</c>: Unacceptable Extension.</summary>
    Extension,

    /// <summary><c>too-costly</c>: Operation Too Costly.</summary>
    TooCostly,

    /// <summary><c>business-rule</c>: Business Rule Violation.</summary>
    BusinessRule,

    /// <summary><c>conflict</c>: Edit Version Conflict.</summary>
    Conflict,

    /// <summary><c>transient</c>: Transient Issue.</summary>
    Transient,

    /// <summary><c>lock-error</c>: Lock Error.</summary>
    LockError,

    /// <summary><c>no-store</c>: No Store Available.</summary>
    NoStore,

    /// <summary><c>exception</c>: Exception.</summary>
    Exception,

    /// <summary><c>timeout</c>: Timeout.</summary>
    Timeout,

    /// <summary><c>incomplete</c>: Incomplete Results.</summary>
    Incomplete,

    /// <summary><c>throttled</c>: Throttled.</summary>
    Throttled,

    /// <summary><c>informational</c>: Informational Note.</summary>
    Informational,
}
