using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;

namespace Quorum.Data.Configurations.Mail;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("OutgoingMail");
        builder.Property(m => m.To).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(m => m.Subject).HasMaxLength(OutgoingMail.MaxSubjectLength);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        builder.Property(m => m.LastError).HasMaxLength(500);
        // The worker's question: what is unsent, not given up, and due.
        builder.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.DueAt });
        builder.HasIndex(m => m.To);
    }
}
