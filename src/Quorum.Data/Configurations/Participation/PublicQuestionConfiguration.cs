using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Data.Configurations.Participation;

internal sealed class PublicQuestionConfiguration : IEntityTypeConfiguration<PublicQuestion>
{
    public void Configure(EntityTypeBuilder<PublicQuestion> builder)
    {
        builder.Property(q => q.AskedBy).HasMaxLength(QuestionRules.MaxNameLength);
        builder.Property(q => q.Email).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(q => q.EmailKey).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(q => q.Text).HasMaxLength(QuestionRules.MaxQuestionLength);
        builder.Property(q => q.DecidedBy).HasMaxLength(256);
        builder.Property(q => q.AnsweredBy).HasMaxLength(QuestionRules.MaxAnsweredByLength);
        builder.Property(q => q.Answer).HasMaxLength(QuestionRules.MaxAnswerLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(q => q.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // Order of receipt, and one question per person per meeting (CPR-4), hold even for two forms sent at once.
        builder.HasIndex(q => new { q.MeetingId, q.Number }).IsUnique();
        builder.HasIndex(q => new { q.MeetingId, q.EmailKey }).IsUnique();
    }
}
