export default async function permit() {}
